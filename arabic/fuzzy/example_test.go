package fuzzy_test

import (
	"fmt"

	"github.com/harf-project/harf/arabic/fuzzy"
	"github.com/harf-project/harf/arabic/normalize"
)

const article = "قال الوزير مُحَمَّدٌ المِقداد أمس إن الاجتماع مع هيثم بن طارق كان مثمراً، وأكد المقدادخلال المؤتمر ذلك."

func ExampleSearch() {
	ms, _ := fuzzy.Search(article, "المقداد", fuzzy.DefaultOptions())
	for _, m := range ms {
		fmt.Println(m.Text, m.Distance, article[m.Start:m.End] == m.Text)
	}
	// Output:
	// المِقداد 0 true
	// المقداد 0 true
}

func ExampleSearch_latin() {
	ms, _ := fuzzy.Search(article, "Haitham bin Tariq", fuzzy.DefaultOptions())
	fmt.Println(ms[0].Text)
	// Output: هيثم بن طارق
}

func ExampleSearchAll() {
	ms, _ := fuzzy.SearchAll(article, []string{"محمد", "Mekdad"}, fuzzy.DefaultOptions())
	for _, m := range ms {
		fmt.Printf("query %d: %s\n", m.Query, m.Text)
	}
	// Output:
	// query 0: مُحَمَّدٌ
	// query 1: المِقداد
}

func ExampleDistance() {
	fmt.Println(fuzzy.Distance("أحمد", "احمد", normalize.Search))
	fmt.Println(fuzzy.Distance("المقداد", "المقدد", normalize.Search))
	// Output:
	// 0
	// 1
}

func ExampleAnalyze() {
	a := fuzzy.Analyze("زار الوفد سوريا ثم عاد إلى سورية", normalize.Search)
	fmt.Println(a.Words, a.ArabicWords)
	for _, g := range a.Variants {
		for _, f := range g.Forms {
			fmt.Println(g.Key, f.Text, f.Count)
		}
	}
	// Output:
	// 7 7
	// سوريا سوريا 1
	// سوريا سورية 1
}

func ExampleSearch_exonym() {
	text := "وصل الوفد إلى القاهرة ثم زار الإسكندرية، وقالت مصر إن المحادثات مستمرة."
	for _, q := range []string{"Le Caire", "Egypt", "Alexandria"} {
		ms, _ := fuzzy.Search(text, q, fuzzy.DefaultOptions())
		fmt.Println(q, "→", ms[0].Text)
	}
	// Output:
	// Le Caire → القاهرة
	// Egypt → مصر
	// Alexandria → الإسكندرية
}

func ExampleSearch_variants() {
	text := "التقى كلنتون بمدير غوغل في ڤيينا، ولم يلتقِ محمود."
	for _, q := range []string{"كلينتون", "جوجل", "فيينا", "محمد"} {
		ms, _ := fuzzy.Search(text, q, fuzzy.DefaultOptions())
		fmt.Println(q, len(ms))
	}
	// Output:
	// كلينتون 1
	// جوجل 1
	// فيينا 1
	// محمد 0
}
