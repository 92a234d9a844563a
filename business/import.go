package business

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/jaga-id/jaga"
)

// Load reads a dataset from path: a .json file, or a directory of CSV files
// (see ParseCSVDir).
func Load(path string) (*Dataset, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("business data: %w", err)
	}
	if fi.IsDir() {
		return ParseCSVDir(os.DirFS(path), ".")
	}
	if !strings.EqualFold(filepath.Ext(path), ".json") {
		return nil, fmt.Errorf("business data: %s is neither a .json file nor a directory of CSV files", filepath.Base(path))
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("business data: %w", err)
	}
	defer f.Close()
	return ParseJSON(filepath.Base(path), f)
}

// Import validates d and stores it, replacing whatever was stored for the
// same business: importing the same data twice leaves the same state.
func Import(ctx context.Context, st Store, d *Dataset, now time.Time) error {
	if err := Validate(d); err != nil {
		return err
	}
	if err := st.ImportDataset(ctx, d, now); err != nil {
		return fmt.Errorf("import business %d: %w", d.Business.ID, err)
	}
	return nil
}

// EnsureSample loads the built-in sample business when the store holds no
// business at all, and refreshes it (dates moved to now) when the sample is
// the one stored and was generated on an earlier day, so the demo always
// has data for this month and last. It reports whether it imported.
func EnsureSample(ctx context.Context, st Store, now time.Time) (bool, error) {
	bs, err := st.ListBusinesses(ctx)
	if err != nil {
		return false, fmt.Errorf("list businesses: %w", err)
	}
	if len(bs) > 0 {
		var sample *Business
		for _, b := range bs {
			if b.ID == SampleBusinessID && b.SampleAsOf != nil {
				sample = b
			}
		}
		if sample == nil {
			return false, nil
		}
		loc := sample.Location()
		if dayStart(*sample.SampleAsOf, loc).Equal(dayStart(now, loc)) {
			return false, nil
		}
	}
	d, err := Sample(now)
	if err != nil {
		return false, err
	}
	if err := Import(ctx, st, d, now); err != nil {
		return false, err
	}
	return true, nil
}

// errUsage is returned after the import command printed its usage.
var errUsage = errors.New("usage")

// RunImportCLI is `jaga import`: it loads each path (a .json file or a
// directory of CSV files), validates all of them first, then imports them.
// --sample imports the built-in sample business dated around now;
// --dry-run validates only. Progress goes to stdout; problems come back as
// the error (a *ValidationError lists each with its file and line).
func RunImportCLI(ctx context.Context, st Store, args []string, stdout io.Writer, now time.Time) error {
	fs := flag.NewFlagSet("import", flag.ContinueOnError)
	fs.SetOutput(stdout)
	sample := fs.Bool("sample", false, "import the built-in sample business (a coffee shop), dated around today")
	dryRun := fs.Bool("dry-run", false, "validate the files without importing them")
	writeSample := fs.String("write-sample", "", "write the sample business as JSON to this file and exit")
	fs.Usage = func() {
		fmt.Fprintln(stdout, "Usage: jaga import [--dry-run] [--sample] [file.json | csv-directory]...")
		fmt.Fprintln(stdout, "Loads business data; re-importing a business replaces its data.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return errUsage
	}
	if *writeSample != "" {
		d, err := Sample(now)
		if err != nil {
			return err
		}
		return WriteJSONFile(*writeSample, d)
	}
	var sets []*Dataset
	var names []string
	if *sample {
		d, err := Sample(now)
		if err != nil {
			return err
		}
		sets, names = append(sets, d), append(names, "sample")
	}
	for _, p := range fs.Args() {
		d, err := Load(p)
		if err != nil {
			return fmt.Errorf("%s: %w", p, err)
		}
		if err := Validate(d); err != nil {
			return fmt.Errorf("%s: %w", p, err)
		}
		sets, names = append(sets, d), append(names, p)
	}
	if len(sets) == 0 {
		fs.Usage()
		return errUsage
	}
	for i, d := range sets {
		if *dryRun {
			fmt.Fprintf(stdout, "%s: valid: business %d, %d transactions, %d invoices\n", names[i], d.Business.ID, len(d.Transactions), len(d.Invoices))
			continue
		}
		start := time.Now()
		if err := Import(ctx, st, d, now); err != nil {
			return fmt.Errorf("%s: %w", names[i], err)
		}
		fmt.Fprintf(stdout, "%s: imported business %d: %d transactions, %d invoices in %v\n",
			names[i], d.Business.ID, len(d.Transactions), len(d.Invoices), time.Since(start).Round(time.Millisecond))
	}
	return nil
}

// IsUsage reports whether err means RunImportCLI printed its usage (exit
// code 2).
func IsUsage(err error) bool { return errors.Is(err, errUsage) }

// AsJagaError turns a validation error into a jaga.Error whose message lists
// the problems (positions and refs, never personal data), for surfaces that
// show only jaga errors.
func AsJagaError(err error) error {
	var ve *ValidationError
	if errors.As(err, &ve) {
		return &jaga.Error{Code: jaga.EINVALID, Message: ve.Error()}
	}
	return err
}
