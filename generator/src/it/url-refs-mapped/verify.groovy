def generated = new File(basedir, 'target/generated-sources/poolspec/com/example/invoices')
['InvoiceValidator', 'CreateInvoiceOperationValidator', 'ApiOperations'].each {
    assert new File(generated, it + '.java').isFile() : it
}
def log = new File(basedir, 'build.log').text
assert log =~ /Generated \d+ validator sources from .*invoices\.yaml into /
assert log.contains('Tests run: 2, Failures: 0, Errors: 0, Skipped: 0')

// The mapped local files are inputs of the up-to-date check.
def record = new File(basedir, 'target/generated-sources/poolspec/.poolspec/com.example.invoices.sha256').text
['money.json', 'currency.json', 'address.json'].each {
    assert record.readLines().any { line -> line.startsWith('input ') && line.replace('\\', '/').endsWith('/src/main/schemas/common/v1/' + it) } : it
}
return true
