def log = new File(basedir, 'build.log').text
assert log.contains("multiple.yaml #/components/schemas/Even/multipleOf: Unsupported keyword 'multipleOf'")
assert log.contains('never ignores a rule silently')
return true
