def log = new File(basedir, 'build.log').text
assert log.contains('Invalid spec ') && log.contains('broken.yaml: 2 problems')
assert log.contains('broken.yaml #/components/schemas/Thing/properties/name/pattern: pattern is not a valid regular expression')
assert log.contains("broken.yaml #/components/schemas/Thing/properties/other/\$ref: Unresolvable \$ref '#/components/schemas/Missing'")
assert !log.contains('NullPointerException')
assert !new File(basedir, 'target/generated-sources/poolspec/com/example/broken').exists()
return true
