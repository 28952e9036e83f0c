# Boys (for req.conditions).
pojke
pojkar
