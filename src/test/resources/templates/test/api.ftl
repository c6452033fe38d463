[=v?api.getClass()]
