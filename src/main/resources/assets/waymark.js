/*
 * Waymark's behaviour in the browser. Everything here is an enhancement: every page works,
 * and every route to safety works, without JavaScript.
 *
 * 1. GOV.UK Frontend components, with "Exit this page" leaving by location.replace, so the
 *    Back button does not return to the portal.
 * 2. Moving between the portal's own pages replaces the current history entry, so a whole
 *    visit leaves a single entry behind Back.
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
} from './govuk-frontend.min.js'

// GOV.UK Frontend only runs where this class is set; the usual inline snippet would need a
// CSP exception, so the module sets it itself.
document.body.classList.add('js-enabled', 'govuk-frontend-supported')

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

createAll(ReplacingExitThisPage)
createAll(Button)
createAll(Checkboxes)
createAll(ErrorSummary)
createAll(WaymarkRadios)
createAll(ServiceNavigation)
createAll(SkipLink)

function isSameOrigin (url) {
  return url.origin === window.location.origin
}

// A link to a part of this same page (the skip link, a contents list) moves within the page,
// which adds no history entry; the browser's own handling keeps focus where it should be.
function isOnThisPage (url) {
  return url.hash !== '' && url.pathname === window.location.pathname && url.search === window.location.search
}

document.addEventListener('click', (event) => {
  if (event.defaultPrevented || event.button !== 0 ||
      event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
    return
  }
  const link = event.target instanceof Element ? event.target.closest('a[href]') : null
  if (!link || link.target || link.hasAttribute('download')) {
    return
  }
  const url = new URL(link.href, window.location.href)
  if (!isSameOrigin(url) || !/^https?:$/.test(url.protocol) || isOnThisPage(url)) {
    return
  }
  event.preventDefault()
  window.location.replace(url.href)
})

document.addEventListener('submit', (event) => {
  const form = event.target
  if (event.defaultPrevented || !(form instanceof HTMLFormElement) || form.method.toLowerCase() !== 'get') {
    return
  }
  const url = new URL(form.action, window.location.href)
  if (!isSameOrigin(url)) {
    return
  }
  event.preventDefault()
  url.search = new URLSearchParams(new FormData(form, event.submitter)).toString()
  window.location.replace(url.href)
})

// reCAPTCHA v3, only on forms where a provider has turned it on (the page then loads its
// script). The token goes in a hidden field. If the script is blocked, fails or is slow, the
// form is sent anyway: the case is then marked for a person to check, never lost.
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
