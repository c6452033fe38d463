[=v.missing]
