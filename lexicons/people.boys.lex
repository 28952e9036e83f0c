# Boys (for req.conditions).
pojke
pojkar
kille
killar
