using Briefing.Building;
using Briefing.FactSheets;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Building;

public class HeldSheetTests
{
    private static readonly FactSheet Riyadh = FactSheetLoader.Load(
        RepositoryRoot.Combine("briefs", "2025-02-18-riyadh-us-russia-talks.yaml"),
        File.ReadAllText(RepositoryRoot.Combine("briefs", "2025-02-18-riyadh-us-russia-talks.yaml"))).FactSheet!;

    [Fact]
    public void Each_document_takes_the_sheet_and_the_last_one_lets_it_go()
    {
        var held = new HeldSheet(Riyadh, documents: 3);

        Assert.Same(Riyadh, held.Take());
        Assert.Same(Riyadh, held.Take());
        Assert.Same(Riyadh, held.Peek);
        Assert.Same(Riyadh, held.Take());

        Assert.Null(held.Peek);
        Assert.Throws<InvalidOperationException>(() => held.Take());
    }

    [Fact]
    public void Documents_rendered_at_once_each_get_the_sheet()
    {
        var held = new HeldSheet(Riyadh, documents: 64);

        var taken = new FactSheet?[64];
        Parallel.For(0, 64, i => taken[i] = held.Take());

        Assert.All(taken, t => Assert.Same(Riyadh, t));
        Assert.Null(held.Peek);
    }
}
