// Placeholder: the offline service worker is generated here after `next build`.
console.log('Service worker : pas encore généré.')
