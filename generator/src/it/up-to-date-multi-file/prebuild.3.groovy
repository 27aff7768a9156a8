def name = new File(basedir, 'src/main/openapi/schemas/Name.yaml')
name.text = name.text.replace('maxLength: 8', 'maxLength: 12')
return true
