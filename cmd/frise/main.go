// Command frise turns news articles into an event timeline.
package main

import "os"

func main() { os.Exit(int(Main(os.Args[1:], systemStreams()))) }
