import v8 from 'node:v8'

/**
 * Keeps V8's young generation at its first size (1 MB semi-spaces on Node 20). V8 doubles it up
 * to 16 MB as bytes survive scavenges, which a sweep of millions of keys always adds up to,
 * though little is alive at any time: 32 MB more RSS for nothing (issue 28: the inventory of a
 * 4 M-key snapshot, 166 → 137 MB peak). The flag is read at each growth, so setting it at start
 * is enough; --max-semi-space-size is read only when the heap is made (no effect here).
 */
export function keepYoungGenerationSmall(): void {
  v8.setFlagsFromString('--semi-space-growth-factor=1')
}
