def log = new File(basedir, 'build.log').text
def failure = log.indexOf('BUILD FAILURE')
def success = log.indexOf('BUILD SUCCESS')
assert failure >= 0 && success > failure : 'first run fails, second run passes'
def firstRun = log.substring(0, failure)

// Run 1: the unmapped URL is named on an [ERROR] line, with the pointer of the $ref.
def errors = firstRun.readLines().findAll { it.startsWith('[ERROR]') }
assert errors.any { it.contains('https://schemas.example.com/billing/v2/tax.json') && it.contains('#/components/schemas/Order/properties/tax') } : errors.join('\n')
// The mapped one is not a problem.
assert !errors.any { it.contains('https://schemas.example.com/common/v1/money.json') } : errors.join('\n')
assert !log.contains('NullPointerException')

// Run 2: with the mapping from the user property both URLs are read from local files.
assert (log.substring(failure) =~ /Generated \d+ validator sources from .*orders\.yaml into /).find()
assert new File(basedir, 'target/generated-sources/poolspec/com/example/orders/OrderValidator.java').isFile()
def record = new File(basedir, 'target/generated-sources/poolspec/.poolspec/com.example.orders.sha256').readLines()
assert record.any { it.startsWith('input ') && it.replace('\\', '/').endsWith('/src/main/schemas/billing/v2/tax.json') }
assert record.any { it.startsWith('input ') && it.replace('\\', '/').endsWith('/src/main/schemas/common/v1/money.json') }
return true
