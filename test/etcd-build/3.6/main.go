// One binary that is etcd, etcdctl or etcdutl of one etcd release, chosen by the name it is run
// as (scripts/build-etcd.sh makes the three names hard links to it). Test tooling only: etcd's own
// server/, etcdctl/ and etcdutl/ modules cannot be `go install`ed (their go.mod replace
// directives point at sibling folders), but a module that requires them builds, because a
// dependency's replace directives are ignored. test/etcd-build/3.7/main.go is a link to this
// file: the lines differ only in their go.mod (and 3.7's flock.go).
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"go.etcd.io/etcd/etcdctl/v3/ctlv3"
	"go.etcd.io/etcd/etcdutl/v3/etcdutl"
	"go.etcd.io/etcd/pkg/v3/cobrautl"
	"go.etcd.io/etcd/server/v3/etcdmain"
)

func main() {
	switch name := strings.TrimSuffix(filepath.Base(os.Args[0]), ".exe"); name {
	case "etcd":
		etcdmain.Main(os.Args)
	case "etcdctl":
		ctlv3.MustStart()
	case "etcdutl":
		if err := etcdutlRoot().Execute(); err != nil {
			cobrautl.ExitWithError(cobrautl.ExitError, err)
		}
	default:
		fmt.Fprintf(os.Stderr, "run this binary as etcd, etcdctl or etcdutl, not %q\n", name)
		os.Exit(2)
	}
}

// etcdutlRoot is etcdutl's root command as upstream's package main builds it (ctl.go).
func etcdutlRoot() *cobra.Command {
	cobra.EnablePrefixMatching = true
	root := &cobra.Command{
		Use:        "etcdutl",
		Short:      "An administrative command line tool for etcd3.",
		SuggestFor: []string{"etcdutl"},
	}
	root.PersistentFlags().StringVarP(&etcdutl.OutputFormat, "write-out", "w", "simple", "set the output format (fields, json, protobuf, simple, table)")
	addFlockTimeout(root)
	root.AddCommand(
		etcdutl.NewDefragCommand(),
		etcdutl.NewSnapshotCommand(),
		etcdutl.NewHashKVCommand(),
		etcdutl.NewVersionCommand(),
		etcdutl.NewCompletionCommand(),
		etcdutl.NewMigrateCommand(),
	)
	root.SetHelpTemplate(`{{.UsageString}}`)
	return root
}
