// Package web is jaga's HTTP server: the chi router, the middleware every
// request passes (request ids, body limits, panic recovery, metrics), the one
// error writer, and the health endpoints. Channel webhooks, the widget and the
// console mount their handlers on it.
package web
