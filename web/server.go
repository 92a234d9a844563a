package web

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"log/slog"
	"net"
	"net/http"
	"strconv"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/jaga-id/jaga"
)

// DefaultBodyLimit caps request bodies unless a route sets its own.
const DefaultBodyLimit = 1 << 20

// Config configures a Server.
type Config struct {
	Addr     string
	Logger   *slog.Logger
	Registry *prometheus.Registry // metrics; nil makes a private one
	// Ready reports whether the service can take traffic (database
	// reachable, migrations applied).
	Ready func(ctx context.Context) error
}

// Server is the HTTP server.
type Server struct {
	router   chi.Router
	http     *http.Server
	ln       net.Listener
	logger   *slog.Logger
	registry *prometheus.Registry
	latency  *prometheus.HistogramVec
}

// NewServer returns a server with the health and metrics routes mounted.
func NewServer(cfg Config) *Server {
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.Registry == nil {
		cfg.Registry = prometheus.NewRegistry()
	}
	s := &Server{router: chi.NewRouter(), logger: cfg.Logger, registry: cfg.Registry}
	s.latency = prometheus.NewHistogramVec(prometheus.HistogramOpts{
		Name:    "jaga_http_request_duration_seconds",
		Help:    "HTTP request latency by route pattern, method and status.",
		Buckets: []float64{.0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5},
	}, []string{"route", "method", "status"})
	cfg.Registry.MustRegister(s.latency)

	s.router.Use(s.requestID, s.recoverer, s.metrics, BodyLimit(DefaultBodyLimit))
	s.router.Get("/healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = w.Write([]byte("ok\n"))
	})
	s.router.Get("/readyz", func(w http.ResponseWriter, r *http.Request) {
		if cfg.Ready != nil {
			ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
			defer cancel()
			if err := cfg.Ready(ctx); err != nil {
				s.logger.Warn("not ready", "error", err)
				w.Header().Set("Content-Type", "text/plain; charset=utf-8")
				w.WriteHeader(http.StatusServiceUnavailable)
				_, _ = w.Write([]byte("not ready\n"))
				return
			}
		}
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = w.Write([]byte("ready\n"))
	})
	s.router.Method(http.MethodGet, "/metrics", promhttp.HandlerFor(cfg.Registry, promhttp.HandlerOpts{}))
	s.http = &http.Server{
		Addr:              cfg.Addr,
		Handler:           s.router,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		IdleTimeout:       2 * time.Minute,
		ErrorLog:          slog.NewLogLogger(cfg.Logger.Handler(), slog.LevelWarn),
	}
	return s
}

// Router returns the router to mount handlers on.
func (s *Server) Router() chi.Router { return s.router }

// Registry returns the metrics registry.
func (s *Server) Registry() *prometheus.Registry { return s.registry }

// Listen binds the address; Addr then reports the bound address (useful with
// port 0).
func (s *Server) Listen() error {
	ln, err := net.Listen("tcp", s.http.Addr)
	if err != nil {
		return err
	}
	s.ln = ln
	return nil
}

// Addr returns the bound address.
func (s *Server) Addr() string {
	if s.ln == nil {
		return s.http.Addr
	}
	return s.ln.Addr().String()
}

// Serve serves until Shutdown; it returns nil after a graceful shutdown.
func (s *Server) Serve() error {
	if s.ln == nil {
		if err := s.Listen(); err != nil {
			return err
		}
	}
	if err := s.http.Serve(s.ln); !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// Shutdown stops accepting connections and waits for requests in flight.
func (s *Server) Shutdown(ctx context.Context) error { return s.http.Shutdown(ctx) }

type ctxKey int

const requestIDKey ctxKey = 0

// RequestID returns the request's id.
func RequestID(ctx context.Context) string {
	id, _ := ctx.Value(requestIDKey).(string)
	return id
}

func (s *Server) requestID(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var b [8]byte
		_, _ = rand.Read(b[:])
		id := hex.EncodeToString(b[:])
		w.Header().Set("X-Request-Id", id)
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), requestIDKey, id)))
	})
}

func (s *Server) recoverer(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				// The panic value can hold request data; log only where.
				s.logger.Error("panic in handler", "route", routePattern(r), "request_id", RequestID(r.Context()))
				Error(w, r, errors.New("panic"))
			}
		}()
		next.ServeHTTP(w, r)
	})
}

type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	return w.ResponseWriter.Write(b)
}

// Flush lets streaming handlers (SSE) flush through the wrapper.
func (w *statusWriter) Flush() {
	if f, ok := w.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}

// Unwrap exposes the original writer to http.ResponseController.
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

func (s *Server) metrics(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		next.ServeHTTP(sw, r)
		if sw.status == 0 {
			sw.status = http.StatusOK
		}
		s.latency.WithLabelValues(routePattern(r), r.Method, strconv.Itoa(sw.status)).Observe(time.Since(start).Seconds())
	})
}

// routePattern is the matched route ("/webhooks/telegram"), never the raw
// path, which could carry tokens.
func routePattern(r *http.Request) string {
	if rc := chi.RouteContext(r.Context()); rc != nil {
		if p := rc.RoutePattern(); p != "" {
			return p
		}
	}
	return "unmatched"
}

// BodyLimit caps request bodies at n bytes; reading past it fails with an
// error that Error answers with 413.
func BodyLimit(n int64) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.ContentLength > n {
				Error(w, r, jaga.Errorf(jaga.ETOOLARGE, "Request body too large (limit %d bytes).", n))
				return
			}
			r.Body = http.MaxBytesReader(w, r.Body, n)
			next.ServeHTTP(w, r)
		})
	}
}

// statuses maps error codes to HTTP statuses.
var statuses = map[string]int{
	jaga.ECONFLICT:     http.StatusConflict,
	jaga.EINVALID:      http.StatusBadRequest,
	jaga.ENOTFOUND:     http.StatusNotFound,
	jaga.ETOOLARGE:     http.StatusRequestEntityTooLarge,
	jaga.EUNAUTHORIZED: http.StatusUnauthorized,
	jaga.ERATELIMIT:    http.StatusTooManyRequests,
	jaga.EUNAVAILABLE:  http.StatusServiceUnavailable,
	jaga.EINTERNAL:     http.StatusInternalServerError,
}

// Error writes err as a JSON error answer: {"error":{"code":…,"message":…}}.
// Only a *jaga.Error's message is shown; anything else is a generic internal
// error, logged without request data.
func Error(w http.ResponseWriter, r *http.Request, err error) {
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		err = jaga.Errorf(jaga.ETOOLARGE, "Request body too large (limit %d bytes).", mbe.Limit)
	}
	code, msg := jaga.ErrorCode(err), jaga.ErrorMessage(err)
	status, ok := statuses[code]
	if !ok {
		status = http.StatusInternalServerError
	}
	if code == jaga.EINTERNAL {
		slog.Default().Error("internal error", "route", routePattern(r), "request_id", RequestID(r.Context()), "error", err.Error())
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{"error": map[string]string{"code": code, "message": msg}})
}
