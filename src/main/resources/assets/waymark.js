/*
 * Waymark's behaviour in the browser. Everything here is an enhancement: every page works,
 * and every route to safety works, without JavaScript.
 *
 * 1. GOV.UK Frontend components, with "Exit this page" leaving by location.replace, so the
 *    Back button does not return to the portal.
 * 2. A whole visit is one document at one address. Links, the directory filters and forms
 *    (posts included) fetch the next page and swap it in; the address never changes, so the
 *    browser's history holds one row for the visit, with the address it started at, and the
 *    exit's location.replace leaves nothing of the portal behind Back. Anything unexpected
 *    (a network failure, a time-out, an answer that is not HTML) falls back to an ordinary
 *    navigation, so no link or form is ever dead.
 *
 * Nothing is ever written to cookies, localStorage or sessionStorage.
 */
import {
  Button,
  Checkboxes,
  ErrorSummary,
  ExitThisPage,
  Radios,
  ServiceNavigation,
  SkipLink,
  createAll
} from 'govuk-frontend'

/** How long a page may take before the browser is left to load it the ordinary way. */
const TIMEOUT_MS = 15000

// GOV.UK Frontend only runs where these classes are set; the usual inline snippet would need a
// CSP exception, so the module sets them itself (again on each page swapped in).
const BODY_CLASSES = ['js-enabled', 'govuk-frontend-supported']
document.body.classList.add(...BODY_CLASSES)

/**
 * GOV.UK's component (click or Shift three times, overlay, announcements, pageshow reset),
 * leaving with location.replace instead of location.href.
 */
class ReplacingExitThisPage extends ExitThisPage {
  exitPage () {
    if (!this.$updateSpan) {
      return
    }
    this.$updateSpan.textContent = ''
    document.body.classList.add('govuk-exit-this-page-hide-content')
    this.$overlay = document.createElement('div')
    this.$overlay.className = 'govuk-exit-this-page-overlay'
    this.$overlay.setAttribute('role', 'alert')
    document.body.appendChild(this.$overlay)
    this.$overlay.textContent = this.i18n.t('activated')
    window.location.replace(this.$button.href)
  }
}

/**
 * GOV.UK's radios, without aria-expanded on a radio that reveals questions: ARIA 1.2 does not
 * allow it on role=radio, and the revealed questions come straight after the radio anyway.
 */
class WaymarkRadios extends Radios {
  syncConditionalRevealWithInputState ($input) {
    super.syncConditionalRevealWithInputState($input)
    $input.removeAttribute('aria-expanded')
  }
}

// The exit button listens for Shift on the whole document, so it is made once and the same
// element is carried into every page swapped in. Everything else is made for each page.
createAll(ReplacingExitThisPage)
startComponents(document)

function startComponents (scope) {
  // An element already started (the exit button's own Button) is skipped quietly.
  const options = { scope, onError: () => {} }
  for (const Component of [Button, Checkboxes, ErrorSummary, WaymarkRadios, ServiceNavigation, SkipLink]) {
    createAll(Component, undefined, options)
  }
}

/**
 * The address of the page on screen, which is not the one in the address bar after a swap. It
 * is kept on the body too, for the portal's browser tests; it lives only in the page.
 */
let current = new URL(window.location.href)
document.body.dataset.address = current.href

/**
 * A live region, carried from page to page inside the main landmark, that tells screen reader
 * users the page changed.
 */
const announcer = document.createElement('div')
announcer.className = 'govuk-visually-hidden'
announcer.setAttribute('aria-live', 'polite')
announcer.setAttribute('aria-atomic', 'true')
;(document.querySelector('main') || document.body).appendChild(announcer)

let pending = null

/**
 * Fetches a page and shows it in place. {@code fallback} is the ordinary navigation to use if
 * anything goes wrong before the new page is on screen.
 */
async function visit (url, init, fallback) {
  if (pending) {
    pending.abort()
  }
  const controller = new AbortController()
  pending = controller
  const timer = window.setTimeout(() => controller.abort(), TIMEOUT_MS)
  let response
  let html
  try {
    response = await window.fetch(url.href, {
      ...init,
      credentials: 'same-origin',
      cache: 'no-store',
      redirect: 'follow',
      signal: controller.signal
    })
    const type = response.headers.get('Content-Type') || ''
    if (!type.startsWith('text/html') || new URL(response.url).origin !== window.location.origin) {
      throw new Error('Not a page of the portal')
    }
    html = await response.text()
  } catch (error) {
    if (pending === controller) {
      pending = null
      fallback()
    }
    return
  } finally {
    window.clearTimeout(timer)
  }
  if (pending !== controller) {
    return
  }
  pending = null
  const next = new URL(response.url)
  next.hash = url.hash
  show(new window.DOMParser().parseFromString(html, 'text/html'), next)
}

function show (doc, url) {
  const exit = document.querySelector('.govuk-exit-this-page')
  const incomingExit = doc.querySelector('.govuk-exit-this-page')
  if (exit && incomingExit) {
    incomingExit.replaceWith(exit)
  }
  loadThirdPartyScripts(doc)
  const body = document.adoptNode(doc.body)
  body.classList.add(...BODY_CLASSES)
  ;(body.querySelector('main') || body).appendChild(announcer)
  document.title = doc.title
  const description = document.querySelector('meta[name="description"]')
  const incomingDescription = doc.querySelector('meta[name="description"]')
  if (description && incomingDescription) {
    description.replaceWith(document.adoptNode(incomingDescription))
  }
  document.body.replaceWith(body)
  current = url
  body.dataset.address = url.href
  window.scrollTo(0, 0)
  startComponents(body)
  const target = url.hash && document.getElementById(decodeURIComponent(url.hash.slice(1)))
  if (target) {
    moveFocus(target)
  } else if (!document.querySelector('.govuk-error-summary')) {
    // The error summary takes focus itself (GOV.UK Frontend); otherwise the new heading does.
    const heading = body.querySelector('main h1')
    if (heading) {
      moveFocus(heading, { preventScroll: true })
    }
  }
  announcer.textContent = ''
  window.setTimeout(() => { announcer.textContent = document.title }, 100)
}

/**
 * reCAPTCHA's script, where a provider turns it on, is named in the head of form pages only; it
 * is loaded the first time such a page is shown, once for the visit.
 */
function loadThirdPartyScripts (doc) {
  for (const script of doc.head.querySelectorAll('script[src]')) {
    const src = new URL(script.getAttribute('src'), current)
    if (src.origin === window.location.origin) {
      continue
    }
    const loaded = Array.from(document.head.querySelectorAll('script[src]'))
      .some((existing) => existing.getAttribute('src') === script.getAttribute('src'))
    if (!loaded) {
      const element = document.createElement('script')
      element.src = src.href
      element.async = true
      document.head.appendChild(element)
    }
  }
}

function moveFocus (element, options) {
  if (!element.hasAttribute('tabindex')) {
    element.setAttribute('tabindex', '-1')
    element.addEventListener('blur', () => element.removeAttribute('tabindex'), { once: true })
  }
  element.focus(options)
  if (!options || !options.preventScroll) {
    element.scrollIntoView()
  }
}

function isPortalAddress (url) {
  return url.origin === window.location.origin && /^https?:$/.test(url.protocol)
}

// A link to a part of the page on screen (the skip link, a contents list, an error summary)
// moves focus there without touching the address, so it adds nothing to the history.
function isOnThisPage (url) {
  return url.hash !== '' && url.pathname === current.pathname && url.search === current.search
}

document.addEventListener('click', (event) => {
  if (event.defaultPrevented || event.button !== 0 ||
      event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
    return
  }
  const link = event.target instanceof Element ? event.target.closest('a[href]') : null
  if (!link || link.hasAttribute('target') || link.hasAttribute('download')) {
    return
  }
  const url = new URL(link.getAttribute('href'), current)
  if (!isPortalAddress(url)) {
    return
  }
  event.preventDefault()
  if (isOnThisPage(url)) {
    current = url
    document.body.dataset.address = url.href
    const target = document.getElementById(decodeURIComponent(url.hash.slice(1)))
    if (target) {
      moveFocus(target)
    }
    return
  }
  visit(url, { method: 'GET' }, () => window.location.replace(url.href))
})

// reCAPTCHA v3, only on forms where a provider has turned it on (the page then loads its
// script). The token goes in a hidden field. If the script is blocked, fails or is slow, the
// form is sent anyway: the case is then marked for a person to check, never lost.
// This listener comes first, so that the form is sent in place only once it has its token.
document.addEventListener('submit', (event) => {
  const form = event.target
  if (!(form instanceof HTMLFormElement) || !form.dataset.recaptchaSiteKey || form.dataset.recaptchaDone) {
    return
  }
  event.preventDefault()
  let sent = false
  const send = (token) => {
    if (sent) {
      return
    }
    sent = true
    form.querySelector('[name="g-recaptcha-response"]').value = token || ''
    form.dataset.recaptchaDone = 'true'
    // Outside this event: a browser ignores a submit asked for while one is being handled.
    window.setTimeout(() => form.requestSubmit(), 0)
  }
  window.setTimeout(() => send(''), 3000)
  try {
    window.grecaptcha.ready(() => {
      window.grecaptcha.execute(form.dataset.recaptchaSiteKey, { action: form.dataset.recaptchaAction })
        .then(send, () => send(''))
    })
  } catch (error) {
    send('')
  }
})

// Forms are sent in place too. Their attributes are read with getAttribute: a field named
// "method" or "action" would otherwise stand in for the form's own property.
document.addEventListener('submit', (event) => {
  const form = event.target
  if (event.defaultPrevented || !(form instanceof HTMLFormElement)) {
    return
  }
  const url = new URL(form.getAttribute('action') || current.href, current)
  if (!isPortalAddress(url)) {
    return
  }
  event.preventDefault()
  const data = new URLSearchParams(new FormData(form, event.submitter))
  if ((form.getAttribute('method') || 'get').toLowerCase() === 'post') {
    visit(url, { method: 'POST', body: data }, () => HTMLFormElement.prototype.submit.call(form))
  } else {
    url.search = data.toString()
    url.hash = ''
    visit(url, { method: 'GET' }, () => window.location.replace(url.href))
  }
})
