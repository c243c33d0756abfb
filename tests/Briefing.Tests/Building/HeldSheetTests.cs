using Briefing.Building;
using Briefing.FactSheets;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Building;

public class HeldSheetTests
{
    private static readonly LoadedSheet Riyadh = new(FactSheetLoader.Load(
        RepositoryRoot.Combine("briefs", "2025-02-18-riyadh-us-russia-talks.yaml"),
        File.ReadAllText(RepositoryRoot.Combine("briefs", "2025-02-18-riyadh-us-russia-talks.yaml"))).FactSheet!, null, []);

    [Fact]
    public void The_sheet_is_loaded_at_the_first_take_and_the_last_document_lets_it_go()
    {
        var loads = 0;
        var held = new HeldSheet(() => { loads++; return Riyadh; }, documents: 3);
        Assert.Null(held.Peek);
        Assert.Equal(0, loads);

        Assert.Same(Riyadh, held.Take());
        Assert.Same(Riyadh, held.Peek);
        Assert.Same(Riyadh, held.Take());
        Assert.Same(Riyadh, held.Take());

        Assert.Equal(1, loads);
        Assert.Null(held.Peek);
        Assert.Throws<InvalidOperationException>(() => held.Take());
    }

    [Fact]
    public void Documents_that_pass_never_load_the_sheet_and_still_count()
    {
        var loads = 0;
        var held = new HeldSheet(() => { loads++; return Riyadh; }, documents: 2);

        held.Pass();
        Assert.Same(Riyadh, held.Take());
        Assert.Null(held.Peek);
        Assert.Throws<InvalidOperationException>(() => held.Pass());

        var unused = new HeldSheet(() => { loads++; return Riyadh; }, documents: 2);
        unused.Pass();
        unused.Pass();
        Assert.Equal(1, loads);
    }

    [Fact]
    public void Documents_rendered_at_once_get_the_one_sheet_loaded_once()
    {
        var loads = 0;
        var held = new HeldSheet(() => { Interlocked.Increment(ref loads); Thread.Sleep(20); return Riyadh; }, documents: 64);

        var taken = new LoadedSheet?[64];
        Parallel.For(0, 64, i => taken[i] = held.Take());

        Assert.All(taken, t => Assert.Same(Riyadh, t));
        Assert.Equal(1, loads);
        Assert.Null(held.Peek);
    }
}
