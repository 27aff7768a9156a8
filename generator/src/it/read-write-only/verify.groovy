def generated = new File(basedir, 'target/generated-sources/poolspec/com/example/accounts')
['AccountValidator', 'CreateAccountOperationValidator', 'ListAccountsOperationValidator', 'ApiOperations'].each {
    assert new File(generated, it + '.java').isFile() : it
}
def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 6, Failures: 0, Errors: 0, Skipped: 0')
return true
