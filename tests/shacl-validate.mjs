// Validates graphs with the npm package rdf-validate-shacl (a SHACL engine
// independent of relkg) and prints one line per result: FOCUS<TAB>PATH
// (PATH "-" for a node-level result), sorted and unique.
// Usage: NODE_PATH=build/node/node_modules node tests/shacl-validate.mjs SHAPES.ttl DATA...
// (files in Turtle or N-Triples).  Exit 0 conforms, 1 violations, 2 error.
import { createRequire } from 'module'
import fs from 'fs'
import path from 'path'
const require = createRequire(path.resolve(process.env.NODE_MODULES || 'build/node/node_modules') + '/')
const load = async (name) => import(require.resolve(name))
const N3 = (await load('n3')).default
const rdf = (await load('@zazuko/env')).default
const SHACLValidator = (await load('rdf-validate-shacl')).default

function read(file) {
	const ds = rdf.dataset()
	const parser = new N3.Parser({ baseIRI: 'file://' + path.resolve(file) })
	for (const q of parser.parse(fs.readFileSync(file, 'utf8'))) {
		ds.add(rdf.quad(q.subject, q.predicate, q.object))
	}
	return ds
}
const term = (t) => (t ? (t.termType === 'BlankNode' ? '_:' + t.value : t.value) : '-')

try {
	const [shapesFile, ...dataFiles] = process.argv.slice(2)
	const shapes = read(shapesFile)
	const data = rdf.dataset()
	for (const f of dataFiles) for (const q of read(f)) data.add(q)
	const report = await new SHACLValidator(shapes, { factory: rdf }).validate(data)
	const lines = new Set()
	for (const r of report.results) {
		lines.add(term(r.focusNode) + '\t' + (r.path && r.path.termType === 'NamedNode' ? r.path.value : term(r.path)))
	}
	const out = [...lines].sort()
	if (out.length) process.stdout.write(out.join('\n') + '\n')
	process.exit(report.conforms ? 0 : 1)
} catch (e) {
	console.error('shacl-validate: ' + e.message)
	process.exit(2)
}
