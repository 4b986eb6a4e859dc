/**
 * The floors of src/ (docs/architecture.md), lowest first. A module may import from its own floor
 * or any floor below it, never from one above; no import cycle anywhere, type-only imports and
 * dynamic import() included. Floors are named by folder (or, at the lib root, by file), so a new
 * file in a folder is under its folder's rule without an edit here. Run by `npm run lint`.
 */
const lib = (name) => `^src/lib/${name}/`
const libFile = (name) => `^src/lib/${name}\\.ts$`

/** Lowest first. Folders on one floor may import each other (no cycles, though). */
const floors = [
  {
    name: 'base',
    paths: [
      ...[
        'errors',
        'logger',
        'format',
        'stopwatch',
        'version',
        'options',
        'interrupt',
        'retry',
        'heap'
      ]
    ].map(libFile)
  },
  { name: 'io', paths: [lib('io')] },
  { name: 'bolt', paths: ['^src/lib/bolt/[^/]+$'] },
  { name: 'bolt/compact', paths: [lib('bolt/compact')] },
  {
    name: 'formats',
    paths: ['cluster', 'json', 'proto', 'wal', 'snap', 'backend', 'member-dir'].map(lib)
  },
  { name: 'snapshot', paths: [lib('snapshot')] },
  { name: 'inventory', paths: [lib('inventory')] },
  { name: 'report', paths: [libFile('report'), libFile('report-file')] },
  { name: 'restore', paths: [lib('restore')] },
  { name: 'etcd-release', paths: [lib('etcd-release')] },
  { name: 'drill', paths: [lib('drill')] },
  { name: 'entry points', paths: ['^src/cli/', '^src/action/'] }
]

const upward = floors.slice(0, -1).map((floor, i) => ({
  name: `no-upward-from-${floor.name.replace(/[^a-z]+/g, '-')}`,
  comment: `${floor.name} imports only from its own floor or below (docs/architecture.md)`,
  severity: 'error',
  from: { path: floor.paths },
  to: { path: floors.slice(i + 1).flatMap((f) => f.paths) }
}))

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'An import cycle, type-only ones included: move the shared part a floor down.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true }
    },
    ...upward,
    {
      name: 'action-and-cli-apart',
      comment: 'The two entry points share only src/lib.',
      severity: 'error',
      from: { path: '^src/action/' },
      to: { path: '^src/cli/' }
    },
    {
      name: 'cli-and-action-apart',
      comment: 'The two entry points share only src/lib.',
      severity: 'error',
      from: { path: '^src/cli/' },
      to: { path: '^src/action/' }
    },
    {
      name: 'on-a-floor',
      comment: 'Every module of src/ is on a floor: add a new lib-root file or folder to `floors`.',
      severity: 'error',
      from: { path: '^src/', pathNot: floors.flatMap((f) => f.paths) },
      to: {}
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that does not resolve would escape every rule above.',
      severity: 'error',
      from: { path: '^src/' },
      to: { couldNotResolve: true }
    }
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    reporterOptions: { text: { highlightFocused: true } }
  }
}
