def generated = new File(basedir, 'target/generated-sources/poolspec/com/example/pools/validation')
assert new File(generated, 'PoolCreationValidator.java').isFile()
assert new File(generated, 'CreatePoolOperationValidator.java').isFile()
assert new File(generated, 'ApiOperations.java').isFile()
def log = new File(basedir, 'build.log').text
assert log.contains('Generated ') && log.contains('dev.poolspec:poolspec-spec:')
assert log.contains('!/openapi/pools-api.yaml')
assert new File(basedir, 'target/generated-sources/poolspec/com/example/pools/yaml/PoolCreationValidator.java').isFile()
assert log.contains(':openapi:yaml into ')
assert log.contains('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')
return true
