package main

import "github.com/spf13/cobra"

// etcdutl 3.6 has no --timeout flag (3.7 adds etcdutl.FlockTimeout).
func addFlockTimeout(*cobra.Command) {}
