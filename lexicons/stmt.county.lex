# Statement cue (role "county"): the county's own situation. With it, a sentence comparing the
# county with the country ("större i länet än i riket") analyses the county.
i länet
länets
länet                         ; exact
i våra kommuner
i kommunerna
kommunernas
i regionen
i vårt län
