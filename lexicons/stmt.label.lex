# Statement cue (role "label"): a list of perspectives or themes; what follows is only named:
# "perspektiv som folkhälsa, tillgänglighet, trygghet och barnperspektiv".
perspektiv som
perspektiv såsom
perspektiven
horisontella perspektiv
tvärsektoriella perspektiv
aspekter som
aspekter såsom
teman som
perspektiv i arbetet
