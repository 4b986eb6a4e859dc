/**
 * The interrupt registry without signals (test/cli/interrupt.test.ts and
 * test/action/interrupt.test.ts send real ones): what cleanupAll and cleanupNow undo, and the
 * phase names the interrupt line uses.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, expect, test } from 'vitest'
import {
  cleanupAll,
  cleanupNow,
  currentPhase,
  enterPhase,
  inScope,
  trackChild,
  trackFolder
} from '../../src/lib/interrupt.js'

const dirs: string[] = []
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'interrupt-test-'))
  dirs.push(dir)
  mkdirSync(join(dir, 'inside'))
  return dir
}

/** A child that ignores SIGTERM, so only SIGKILL ends it. */
function stubborn() {
  const child = spawn('sh', ['-c', 'trap "" TERM; sleep 30'], { stdio: 'ignore' })
  const exited = new Promise<NodeJS.Signals | null>((r) => child.once('exit', (_c, s) => r(s)))
  return { child, exited }
}

test('cleanupAll: SIGTERM, then SIGKILL after the grace; then every tracked folder, newest first', async () => {
  const [kept, removed] = [folder(), folder()]
  const untrack = trackFolder(kept)
  untrack()
  trackFolder(removed)
  const { child, exited } = stubborn()
  await new Promise((r) => setTimeout(r, 200)) // the trap is set
  const done = trackChild({
    pid: child.pid,
    stop: async (graceMs) => {
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs)
      await exited
      clearTimeout(timer)
    }
  })
  const started = performance.now()
  const result = await cleanupAll(300)
  done()
  expect(await exited).toBe('SIGKILL')
  expect(performance.now() - started).toBeGreaterThanOrEqual(280)
  expect(result).toEqual({ stopped: 1, removed: [removed] })
  expect(existsSync(removed)).toBe(false)
  expect(existsSync(kept)).toBe(true)
  expect((await cleanupAll(300)).removed).toEqual([]) // undone once
})

test('cleanupNow: SIGKILL on the recorded pid at once, synchronously', async () => {
  const dir = folder()
  trackFolder(dir)
  const { child, exited } = stubborn()
  const untrack = trackChild({ pid: child.pid, stop: () => new Promise(() => undefined) })
  const result = cleanupNow()
  untrack()
  expect(result).toEqual({ stopped: 1, removed: [dir] })
  expect(await exited).toBe('SIGKILL')
})

test('phases are named within their scope ("drill boot")', async () => {
  await enterPhase('restore')
  expect(currentPhase()).toBe('restore')
  await inScope('drill', async () => {
    await enterPhase('boot')
    expect(currentPhase()).toBe('drill boot')
  })
  await enterPhase('upload')
  expect(currentPhase()).toBe('upload')
})
