// Runs the portal's script from memory (a blob: address), so that Chromium's code cache never
// keeps a file naming this site: it caches compiled code only for scripts with web addresses,
// and skips scripts as short as this one. See README, Decisions.
const code = await (await fetch(new URL('waymark.js', import.meta.url), { cache: 'no-store' })).text()
await import(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })))
