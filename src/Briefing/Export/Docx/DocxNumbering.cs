using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Briefing.Export.Docx;

/// <summary>Numbering definitions: one for bullets, one for numbers, and one instance per list so each starts at its own number.</summary>
internal sealed class DocxNumbering
{
    private const int Bullets = 1;
    private const int Numbers = 2;
    private readonly List<NumberingInstance> _instances = [];

    /// <summary>A new list instance; returns its numbering id.</summary>
    public int Add(bool ordered, int start)
    {
        var id = _instances.Count + 1;
        var instance = new NumberingInstance(new AbstractNumId { Val = ordered ? Numbers : Bullets }) { NumberID = id };
        if (ordered)
        {
            instance.Append(new LevelOverride(new StartOverrideNumberingValue { Val = start }) { LevelIndex = 0 });
        }
        _instances.Add(instance);
        return id;
    }

    public Numbering Create()
    {
        var numbering = new Numbering(Abstract(Bullets, false), Abstract(Numbers, true));
        foreach (var instance in _instances)
        {
            numbering.Append(instance);
        }
        return numbering;
    }

    private static AbstractNum Abstract(int id, bool ordered)
    {
        var levels = new AbstractNum(new MultiLevelType { Val = MultiLevelValues.HybridMultilevel }) { AbstractNumberId = id };
        string[] bullets = ["•", "–", "◦"];
        for (var level = 0; level < 9; level++)
        {
            var indent = 360 * (level + 1);
            levels.Append(new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = ordered ? NumberFormatValues.Decimal : NumberFormatValues.Bullet },
                new LevelText { Val = ordered ? $"%{level + 1}." : bullets[Math.Min(level, 2)] },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = indent.ToString(System.Globalization.CultureInfo.InvariantCulture), Hanging = "360" }))
            { LevelIndex = level });
        }
        return levels;
    }
}
