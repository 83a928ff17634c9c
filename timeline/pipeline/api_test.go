package pipeline_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
)

// TestNoExportedMutableGlobals: the library's packages (all but cmd/)
// export no package-level variable a caller could change under every other
// one, sentinel errors (ErrX) aside, and no exported function takes or
// returns a type a caller cannot name.
func TestNoExportedMutableGlobals(t *testing.T) {
	root := filepath.Join("..", "..")
	for _, top := range []string{"timeline", "render", "config", "samples"} {
		filepath.WalkDir(filepath.Join(root, top), func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") ||
				strings.Contains(path, string(filepath.Separator)+"internal"+string(filepath.Separator)) {
				return err
			}
			f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.SkipObjectResolution)
			if err != nil {
				t.Error(err)
				return nil
			}
			for _, decl := range f.Decls {
				switch d := decl.(type) {
				case *ast.GenDecl:
					if d.Tok != token.VAR {
						continue
					}
					for _, spec := range d.Specs {
						for _, n := range spec.(*ast.ValueSpec).Names {
							if n.IsExported() && !strings.HasPrefix(n.Name, "Err") {
								t.Errorf("%s: exported variable %s: make it a function or a constant", path, n.Name)
							}
						}
					}
				case *ast.FuncDecl:
					if !d.Name.IsExported() || d.Recv != nil && !exportedRecv(d.Recv) {
						continue
					}
					ast.Inspect(d.Type, func(n ast.Node) bool {
						if _, ok := n.(*ast.SelectorExpr); ok {
							return false // pkg.Type: another package's, exported
						}
						if id, ok := n.(*ast.Ident); ok && !id.IsExported() && !builtin[id.Name] && id.Obj == nil && isTypePosition(d.Type, id) {
							t.Errorf("%s: %s uses the unexported type %s", path, d.Name.Name, id.Name)
						}
						return true
					})
				}
			}
			return nil
		})
	}
}

func exportedRecv(fl *ast.FieldList) bool {
	for _, f := range fl.List {
		typ := f.Type
		if s, ok := typ.(*ast.StarExpr); ok {
			typ = s.X
		}
		if ix, ok := typ.(*ast.IndexExpr); ok {
			typ = ix.X
		}
		if id, ok := typ.(*ast.Ident); ok {
			return id.IsExported()
		}
	}
	return true
}

// isTypePosition reports whether id is a type in ft, not the name of a
// parameter, a result (of ft or of a func type inside it) or a type
// parameter.
func isTypePosition(ft *ast.FuncType, id *ast.Ident) bool {
	named := true
	ast.Inspect(ft, func(n ast.Node) bool {
		if f, ok := n.(*ast.Field); ok {
			for _, name := range f.Names {
				if name == id {
					named = false
				}
			}
		}
		return named
	})
	if ft.TypeParams != nil {
		for _, f := range ft.TypeParams.List {
			for _, n := range f.Names {
				if n.Name == id.Name {
					return false
				}
			}
		}
	}
	return named
}

var builtin = map[string]bool{"bool": true, "byte": true, "complex64": true, "complex128": true, "error": true,
	"float32": true, "float64": true, "int": true, "int8": true, "int16": true, "int32": true, "int64": true,
	"rune": true, "string": true, "uint": true, "uint8": true, "uint16": true, "uint32": true, "uint64": true,
	"uintptr": true, "any": true, "comparable": true, "_": true}
