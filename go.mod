module github.com/harf-project/harf

go 1.26.0

require (
	github.com/agnivade/levenshtein v1.2.2
	golang.org/x/text v0.44.0
	honnef.co/go/js/dom/v2 v2.0.0-20250304181735-b5e52f05e89d
)

require github.com/andybalholm/brotli v1.3.0
