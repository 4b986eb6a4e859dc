// The bundles' code as Node keeps it in memory, smaller (issue 26). Node holds every loaded
// module's source text for the process's life (V8 parses functions lazily and
// Function.prototype.toString returns it), and one character above U+00FF makes V8 store a
// whole source as two bytes a character: the action's main chunk (5.6 MB, 3,382 such characters
// in its dependencies' strings, regexes and comments) cost 11 MB. This pass, token by token with
// TypeScript's scanner (the parse tells a regex from a division and where a template resumes):
// - escapes every non-ASCII character in strings, templates and identifiers (`\uXXXX`, the same
//   value), rewrites a regex literal holding one as `new RegExp("…", "flags")` (the same
//   pattern, source and flags; a RegExp object per evaluation, as a literal);
// - drops comments and collapses each run of whitespace to one space or one line break (a line
//   break kept where there was one, for automatic semicolon insertion).
// Names are kept (no mangling): stack traces stay readable. The result is checked: it scans to
// the same tokens with the same values (regexes: same pattern and flags), or the build fails.
// Usage: node scripts/compact-bundle.mjs <dir>... (rewrites every .js file directly in each)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'

const K = ts.SyntaxKind

const LITERALS = new Set([
  K.StringLiteral,
  K.NoSubstitutionTemplateLiteral,
  K.TemplateHead,
  K.TemplateMiddle,
  K.TemplateTail
])
const TEMPLATES = new Set([
  K.NoSubstitutionTemplateLiteral,
  K.TemplateHead,
  K.TemplateMiddle,
  K.TemplateTail
])

/** Where the parse says tokens the scanner alone cannot tell: regexes, template continuations. */
function parseMarks(text, name) {
  const sf = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS)
  const diagnostics = sf.parseDiagnostics ?? []
  if (diagnostics.length > 0) {
    const d = diagnostics[0]
    throw new Error(
      `${name}: does not parse at ${d.start}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`
    )
  }
  const regexes = new Set()
  const continuations = new Set()
  /** [start, end) of templates whose tag reads their raw text. */
  const tagged = []
  const visit = (node) => {
    if (node.kind === K.RegularExpressionLiteral) regexes.add(node.getStart(sf))
    else if (node.kind === K.TemplateMiddle || node.kind === K.TemplateTail)
      continuations.add(node.getStart(sf))
    else if (node.kind === K.TaggedTemplateExpression)
      tagged.push([node.template.getStart(sf), node.template.end])
    ts.forEachChild(node, visit)
  }
  visit(sf)
  return { regexes, continuations, tagged }
}

/** Every token of `text`, trivia included: { kind, start, end, text, value }. */
function scan(text, name) {
  const { regexes, continuations, tagged } = parseMarks(text, name)
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, text)
  const tokens = []
  for (;;) {
    let kind = scanner.scan()
    if (kind === K.EndOfFileToken) break
    const start = scanner.getTokenStart()
    if ((kind === K.SlashToken || kind === K.SlashEqualsToken) && regexes.has(start))
      kind = scanner.reScanSlashToken()
    else if (kind === K.CloseBraceToken && continuations.has(start))
      kind = scanner.reScanTemplateToken(false)
    const end = scanner.getTokenEnd()
    if (kind === K.Unknown) throw new Error(`${name}: unknown token at ${start}`)
    const token = { kind, start, end, text: text.slice(start, end), value: scanner.getTokenValue() }
    if (TEMPLATES.has(kind) && tagged.some(([s, e]) => start >= s && start < e)) token.tagged = true
    tokens.push(token)
  }
  return tokens
}

const nonAscii = /[\u0080-\uffff]/
const hex4 = (code) => '\\u' + code.toString(16).padStart(4, '0')

/**
 * A string's or template's source text with every non-ASCII character escaped: the same value.
 * An escaped one (`\é`, which is `é`) loses its backslash; `\` before U+2028/U+2029 is a line
 * continuation (nothing), and stays nothing.
 */
function escapeLiteral(text) {
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === '\\') {
      const next = text[i + 1]
      if (next !== undefined && nonAscii.test(next)) {
        i++
        if (next !== '\u2028' && next !== '\u2029') out += hex4(next.charCodeAt(0))
        continue
      }
      out += c + (next ?? '')
      i++
      continue
    }
    out += nonAscii.test(c) ? hex4(c.charCodeAt(0)) : c
  }
  return out
}

/** An identifier's text with non-ASCII characters as `\u{…}` escapes: the same name. */
function escapeIdentifier(text) {
  let out = ''
  for (const c of text) out += nonAscii.test(c) ? `\\u{${c.codePointAt(0).toString(16)}}` : c
  return out
}

/** `/pattern/flags` as `new RegExp("pattern", "flags")`, the string in ASCII. */
function regexAsConstructor(text) {
  const slash = text.lastIndexOf('/')
  const pattern = text.slice(1, slash)
  const flags = text.slice(slash + 1)
  const literal = escapeLiteral(JSON.stringify(pattern))
  return `(new RegExp(${literal}${flags ? `, "${flags}"` : ''}))`
}

const COMMENTS = new Set([K.SingleLineCommentTrivia, K.MultiLineCommentTrivia, K.ShebangTrivia])
const lineBreak = /[\n\r\u2028\u2029]/

/** The compacted source of `text` (see the head of this file). */
export function compact(text, name = 'bundle.js') {
  const tokens = significant(scan(text, name))
  let out = ''
  let end = 0
  for (const t of tokens) {
    // what lies between two tokens (whitespace, comments; the scanner skips U+2028 and U+2029
    // without a token) becomes one line break if it holds one, else one space
    const gap = text.slice(end, t.start)
    if (out !== '' && gap !== '') out += lineBreak.test(gap) ? '\n' : ' '
    end = t.end
    if (!nonAscii.test(t.text)) out += t.text
    else if (LITERALS.has(t.kind)) {
      if (t.tagged) throw new Error(`${name}: a tagged template holds non-ASCII text: ${t.text}`)
      out += escapeLiteral(t.text)
    } else if (t.kind === K.Identifier || t.kind === K.PrivateIdentifier)
      out += escapeIdentifier(t.text)
    else if (t.kind === K.RegularExpressionLiteral) out += regexAsConstructor(t.text)
    else throw new Error(`${name}: non-ASCII text in a ${K[t.kind]} token: ${t.text}`)
  }
  out += '\n'
  if (nonAscii.test(out)) throw new Error(`${name}: non-ASCII text left`)
  check(tokens, significant(scan(out, name)), name)
  return out
}

const significant = (tokens) =>
  tokens.filter(
    (t) => t.kind !== K.WhitespaceTrivia && t.kind !== K.NewLineTrivia && !COMMENTS.has(t.kind)
  )

/** The compacted tokens are the original's: same kinds and values, regexes as constructors. */
function check(a, b, name) {
  let j = 0
  for (let i = 0; i < a.length; i++, j++) {
    const x = a[i]
    const y = b[j]
    if (x.kind === K.RegularExpressionLiteral && nonAscii.test(x.text)) {
      // ( new RegExp ( "pattern" [, "flags"] ) )
      const slash = x.text.lastIndexOf('/')
      const flags = x.text.slice(slash + 1)
      const want = [K.OpenParenToken, K.NewKeyword, K.Identifier, K.OpenParenToken, K.StringLiteral]
      const got = b.slice(j, j + want.length)
      const pattern = got[4]?.value
      let k = j + want.length
      let gotFlags = ''
      if (b[k]?.kind === K.CommaToken) {
        gotFlags = b[k + 1]?.value
        k += 2
      }
      const ok =
        got.every((t, n) => t.kind === want[n]) &&
        got[2].text === 'RegExp' &&
        pattern === x.text.slice(1, slash) &&
        gotFlags === flags &&
        b[k]?.kind === K.CloseParenToken &&
        b[k + 1]?.kind === K.CloseParenToken
      if (!ok) throw new Error(`${name}: regex ${x.text} not rewritten as expected`)
      j = k + 1
      continue
    }
    const same =
      y !== undefined &&
      x.kind === y.kind &&
      (LITERALS.has(x.kind) || x.kind === K.Identifier || x.kind === K.PrivateIdentifier
        ? x.value === y.value
        : x.text === y.text)
    if (!same)
      throw new Error(
        `${name}: token ${i} changed: ${x.text.slice(0, 80)} → ${y?.text.slice(0, 80)}`
      )
  }
  if (j !== b.length) throw new Error(`${name}: ${b.length - j} tokens more after compacting`)
}

/** Compacts every .js file directly in `dir`, in place. */
export function compactDir(dir) {
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.js'))
    .sort()) {
    const file = join(dir, name)
    writeFileSync(file, compact(readFileSync(file, 'utf8'), file))
  }
}

if (import.meta.url === `file://${process.argv[1]}`)
  for (const dir of process.argv.slice(2)) compactDir(dir)
