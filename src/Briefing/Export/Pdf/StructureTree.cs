using Briefing.Layout.Pages;

namespace Briefing.Export.Pdf;

/// <summary>
/// The structure tree of a tagged PDF, built from the structure tags of the page items in the order they are
/// drawn: Document, headings, paragraphs, lists with label and body, tables with head and body rows, notes, quotes,
/// figures with their alternative text, contents lists, links with their annotations. Every marked-content
/// sequence is registered here, so the parent tree (which element owns MCID n of page p) comes out with it.
/// </summary>
internal sealed class StructureTree
{
    private readonly PdfFile _file;
    private readonly Dictionary<int, StructureNode> _byBlock = [];
    private readonly Dictionary<int, int> _firstPage = [];
    private readonly List<List<StructureNode>> _mcidOwners = [];
    private readonly List<(StructureNode Owner, PdfRef Annotation)> _annotations = [];
    private readonly string? _language;
    private int _notes;
    // Every element is written through one buffer: a document has hundreds, and the file keeps a copy of each.
    private readonly PdfBytes _body = new(1024);

    public StructureTree(PdfFile file, string? language)
    {
        _file = file;
        _language = language;
        Root = new StructureNode("Document", null, file.Reserve());
    }

    public StructureNode Root { get; }

    /// <summary>
    /// True for a table head cell drawn again on a later page than its first: the repeated head is pagination, and
    /// its text must not be read twice.
    /// </summary>
    public bool RepeatedOnLaterPage(StructureTag tag, int page)
    {
        if (tag.Role != BlockRole.TableHeaderCell)
        {
            return false;
        }
        return !_firstPage.TryAdd(tag.BlockId, page) && _firstPage[tag.BlockId] < page;
    }

    /// <summary>
    /// The language to state on a span of <paramref name="language"/> inside <paramref name="owner"/>; null when it is
    /// the one in force, or a guess from the script of a language in force written in that script.
    /// </summary>
    public string? SpanLanguage(StructureNode owner, ScriptLanguage? language)
    {
        if (language is not { } span)
        {
            return null;
        }
        var inForce = _language;
        for (var node = owner; node is not null; node = node.Parent)
        {
            if (node.Language is { } stated)
            {
                inForce = stated;
                break;
            }
        }
        if (inForce is null)
        {
            return span.Language;
        }
        return Same(inForce, span.Language) || span.Guessed && SpanLanguages.WrittenLike(inForce, span) ? null : span.Language;
    }

    // "ar" is in force inside "ar-SA".
    private static bool Same(string stated, string language) =>
        stated.Equals(language, StringComparison.OrdinalIgnoreCase) || stated.StartsWith(language + "-", StringComparison.OrdinalIgnoreCase);

    /// <summary>The element that takes an item's own content: the paragraph itself, a list item's label, a figure's caption.</summary>
    public StructureNode ContentOwner(StructureTag tag, bool isText)
    {
        var node = Node(tag, tag.Role);
        return tag.Role switch
        {
            BlockRole.ListItem or BlockRole.Note or BlockRole.ContentsEntry => Part(node, "Lbl"),
            BlockRole.Figure when isText => Part(node, "Caption"),
            _ => node,
        };
    }

    /// <summary>A link element (inside a Reference for a footnote mark) under the element of <paramref name="tag"/>.</summary>
    public StructureNode Link(StructureTag tag, bool footnoteReference)
    {
        var owner = ContentOwner(tag, true);
        if (footnoteReference)
        {
            owner = Add("Reference", owner);
        }
        return Add("Link", owner);
    }

    /// <summary>Starts a marked-content sequence owned by <paramref name="owner"/> on a page; returns its MCID.</summary>
    public int Mark(StructureNode owner, int page)
    {
        while (_mcidOwners.Count <= page)
        {
            _mcidOwners.Add([]);
        }
        var mcid = _mcidOwners[page].Count;
        _mcidOwners[page].Add(owner);
        owner.Page ??= page;
        owner.Kids.Add(new MarkedContentKid(page, mcid));
        return mcid;
    }

    /// <summary>Records an annotation as owned by a link element; returns its key in the parent tree.</summary>
    public void Annotate(StructureNode link, int page, PdfRef annotation)
    {
        link.Page ??= page;
        link.Kids.Add(new AnnotationKid(page, annotation));
        _annotations.Add((link, annotation));
    }

    /// <summary>The parent-tree key of the annotation <paramref name="annotation"/>, after all pages' MCIDs.</summary>
    public int AnnotationKey(PdfRef annotation, int pageCount) =>
        pageCount + _annotations.FindIndex(a => a.Annotation == annotation);

    public PdfRef Write(PdfRef[] pages)
    {
        var root = _file.Reserve();
        var notes = new SortedDictionary<string, PdfRef>(StringComparer.Ordinal);
        WriteNode(Root, root, pages, notes);

        var parentTree = new PdfBytes().Raw("<</Nums [");
        for (var page = 0; page < pages.Length; page++)
        {
            parentTree.Int(page).Raw(" [");
            if (page < _mcidOwners.Count)
            {
                foreach (var owner in _mcidOwners[page])
                {
                    parentTree.Reference(owner.Reference).Space();
                }
            }
            parentTree.Raw("] ");
        }
        for (var i = 0; i < _annotations.Count; i++)
        {
            parentTree.Int(pages.Length + i).Space().Reference(_annotations[i].Owner.Reference).Space();
        }
        var parentTreeRef = _file.Add(parentTree.Raw("]>>"));

        var tree = new PdfBytes().Raw("<</Type /StructTreeRoot /K [").Reference(Root.Reference).Raw("] /ParentTree ")
            .Reference(parentTreeRef).Raw(" /ParentTreeNextKey ").Int(pages.Length + _annotations.Count);
        if (notes.Count > 0)
        {
            tree.Raw(" /IDTree <</Names [");
            foreach (var (id, reference) in notes)
            {
                tree.Literal(id).Space().Reference(reference).Space();
            }
            tree.Raw("]>>");
        }
        _file.Set(root, tree.Raw(">>"));
        return root;
    }

    private void WriteNode(StructureNode node, PdfRef parent, PdfRef[] pages, SortedDictionary<string, PdfRef> ids)
    {
        var body = _body;
        body.Clear();
        body.Raw("<</Type /StructElem /S ").Name(node.Type).Raw(" /P ").Reference(parent);
        if (node.Page is { } page)
        {
            body.Raw(" /Pg ").Reference(pages[page]);
        }
        if (node.Alt is { } alt)
        {
            body.Raw(" /Alt ").Text(alt);
        }
        if (node.Language is { } language)
        {
            body.Raw(" /Lang ").Text(language);
        }
        if (node.Id is { } id)
        {
            body.Raw(" /ID ").Literal(id);
            ids[id] = node.Reference;
        }
        if (node.Scope is { } scope)
        {
            body.Raw(" /A <</O /Table /Scope ").Name(scope).Raw(">>");
        }
        body.Raw(" /K [");
        foreach (var kid in node.Kids)
        {
            switch (kid)
            {
                case StructureNode child:
                    body.Reference(child.Reference);
                    break;
                case MarkedContentKid { Page: var p, Mcid: var mcid } when p == node.Page:
                    body.Int(mcid);
                    break;
                case MarkedContentKid marked:
                    body.Raw("<</Type /MCR /Pg ").Reference(pages[marked.Page]).Raw(" /MCID ").Int(marked.Mcid).Raw(">>");
                    break;
                case AnnotationKid annotation:
                    body.Raw("<</Type /OBJR /Pg ").Reference(pages[annotation.Page]).Raw(" /Obj ").Reference(annotation.Annotation).Raw(">>");
                    break;
            }
            body.Space();
        }
        _file.Set(node.Reference, body.Raw("]>>"));
        foreach (var kid in node.Kids)
        {
            if (kid is StructureNode child)
            {
                WriteNode(child, node.Reference, pages, ids);
            }
        }
    }

    private StructureNode Node(StructureTag tag, BlockRole childRole)
    {
        if (_byBlock.TryGetValue(tag.BlockId, out var known))
        {
            return known;
        }
        var parent = tag.Parent is { } outer ? Container(Node(outer, tag.Role), outer.Role, tag.Role) : Root;
        if (tag.Role == BlockRole.TableRow)
        {
            // Rows go into the table's head or body, by the kind of cell that first shows them.
            parent = Part(parent, childRole == BlockRole.TableHeaderCell ? "THead" : "TBody");
        }
        var node = Add(Type(tag), parent);
        if (tag.Role == BlockRole.Figure && !string.IsNullOrWhiteSpace(tag.AltText))
        {
            node.Alt = tag.AltText;
        }
        if (tag.Role == BlockRole.TableHeaderCell)
        {
            node.Scope = "Column";
        }
        if (tag.Role == BlockRole.Note)
        {
            node.Id = "note-" + ++_notes;
        }
        if (tag.Language is { } language && !string.Equals(language, _language, StringComparison.OrdinalIgnoreCase))
        {
            node.Language = language;
        }
        _byBlock[tag.BlockId] = node;
        return node;
    }

    // Blocks inside a list item go into its body, after the label.
    private StructureNode Container(StructureNode parent, BlockRole parentRole, BlockRole childRole) =>
        parentRole == BlockRole.ListItem && childRole != BlockRole.Contents ? Part(parent, "LBody") : parent;

    private StructureNode Part(StructureNode node, string type)
    {
        if (!node.Parts.TryGetValue(type, out var part))
        {
            part = Add(type, node);
            node.Parts[type] = part;
        }
        return part;
    }

    private StructureNode Add(string type, StructureNode parent)
    {
        var node = new StructureNode(type, parent, _file.Reserve());
        parent.Kids.Add(node);
        return node;
    }

    private static string Type(StructureTag tag) => tag.Role switch
    {
        BlockRole.Heading => "H" + Math.Clamp(tag.Level, 1, 6),
        BlockRole.List => "L",
        BlockRole.ListItem => "LI",
        BlockRole.Table => "Table",
        BlockRole.TableRow => "TR",
        BlockRole.TableHeaderCell => "TH",
        BlockRole.TableCell => "TD",
        BlockRole.Figure => "Figure",
        BlockRole.Note => "Note",
        BlockRole.Section => "Sect",
        BlockRole.BlockQuote => "BlockQuote",
        BlockRole.Code => "Code",
        BlockRole.Contents => "TOC",
        BlockRole.ContentsEntry => "TOCI",
        _ => "P",
    };
}
