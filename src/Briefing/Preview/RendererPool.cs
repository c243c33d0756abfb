namespace Briefing.Preview;

/// <summary>
/// Warm renderers shared by every preview: a renderer's font library is not thread-safe, so each render takes one
/// for itself and gives it back; a renderer keeps its fonts and themes loaded between renders.
/// </summary>
public sealed class RendererPool : IDisposable
{
    private readonly Stack<BriefingRenderer> idle = new();
    private readonly SemaphoreSlim available;
    private readonly Lock gate = new();
    private bool disposed;

    public RendererPool(int size)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        Size = size;
        available = new SemaphoreSlim(size, size);
    }

    /// <summary>How many renders may run at once.</summary>
    public int Size { get; }

    /// <summary>Runs <paramref name="work"/> with a renderer no other thread uses meanwhile.</summary>
    public async Task<T> Run<T>(Func<BriefingRenderer, T> work, CancellationToken cancellationToken = default)
    {
        await available.WaitAsync(cancellationToken).ConfigureAwait(false);
        BriefingRenderer renderer;
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            renderer = idle.Count > 0 ? idle.Pop() : new BriefingRenderer();
        }

        try
        {
            return work(renderer);
        }
        finally
        {
            lock (gate)
            {
                if (disposed) renderer.Dispose();
                else idle.Push(renderer);
            }

            available.Release();
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            if (disposed) return;
            disposed = true;
            while (idle.Count > 0) idle.Pop().Dispose();
        }
    }
}
