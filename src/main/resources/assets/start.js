// Runs the portal's scripts from memory (blob: addresses), so that Chromium's code cache never
// keeps a file naming this site: it caches compiled code only for scripts with web addresses,
// and skips scripts as short as this one. See README, Decisions.
const base = new URL('.', import.meta.url)
const text = async (name) => (await fetch(new URL(name, base), { cache: 'no-store' })).text()
const blob = (code) => URL.createObjectURL(new Blob([code], { type: 'text/javascript' }))
const [govuk, own] = await Promise.all([text('govuk-frontend.min.js'), text('waymark.js')])
await import(blob(own.replace("from './govuk-frontend.min.js'", 'from ' + JSON.stringify(blob(govuk)))))
