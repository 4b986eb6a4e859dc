// A second judge for our bbolt writer: opens a db read-only with the real bbolt library
// (Debian's golang-github-coreos-bbolt-dev) and prints every problem tx.Check() finds.
// Exit 0: clean; exit 1: problems (one per line); exit 2: the file could not be opened.
package main

import (
	"fmt"
	"os"

	bolt "go.etcd.io/bbolt"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: bbolt-check <db>")
		os.Exit(2)
	}
	db, err := bolt.Open(os.Args[1], 0400, &bolt.Options{ReadOnly: true})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	defer db.Close()
	problems := 0
	err = db.View(func(tx *bolt.Tx) error {
		for e := range tx.Check() {
			fmt.Println(e)
			problems++
		}
		return nil
	})
	if err != nil || problems > 0 {
		os.Exit(1)
	}
	fmt.Println("OK")
}
