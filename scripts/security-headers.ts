// Placeholder: security headers for static hosts are written here after `next build`.
console.log('En-têtes de sécurité : pas encore générés.')
