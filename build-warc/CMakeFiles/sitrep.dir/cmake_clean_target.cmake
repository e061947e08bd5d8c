file(REMOVE_RECURSE
  "libsitrep.a"
)
