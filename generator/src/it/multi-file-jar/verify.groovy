def generated = new File(basedir, 'target/generated-sources/poolspec/com/example/orders')
['OrderValidator', 'LineItemValidator', 'CreateOrderOperationValidator', 'ApiOperations'].each {
    assert new File(generated, it + '.java').isFile() : it
}
// The whole jar is unpacked, including the folder outside the spec's own.
def unpacked = new File(basedir, 'target/poolspec/spec-artifact/multi-file-spec')
['api/openapi.yaml', 'api/paths/orders.yaml', 'common/money.yaml', 'META-INF/MANIFEST.MF'].each {
    assert new File(unpacked, it).isFile() : it
}
def log = new File(basedir, 'build.log').text
assert (log =~ /Generated \d+ validator sources from /).size() == 1
assert log.contains('validator sources from com.example.it:multi-file-spec:1.0!/api/openapi.yaml into ')
assert log.contains('Tests run: 2, Failures: 0, Errors: 0, Skipped: 0')
assert log.count('Validators are up to date with com.example.it:multi-file-spec:1.0!/api/openapi.yaml') == 1
return true
