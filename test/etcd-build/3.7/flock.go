package main

import (
	"time"

	"github.com/spf13/cobra"

	"go.etcd.io/etcd/etcdutl/v3/etcdutl"
)

// etcdutl 3.7's --timeout: how long to wait for the db file's lock (upstream ctl.go).
func addFlockTimeout(root *cobra.Command) {
	root.PersistentFlags().DurationVar(&etcdutl.FlockTimeout, "timeout", 10*time.Second, "time to wait to obtain a file lock on db file, 0 to block indefinitely")
}
