using System.Collections.Concurrent;

namespace Marketplace.WalletTestServer;

/// <summary>
/// The faults a wallet stand-in serves on demand: the next calls answered with an error status and
/// not carried out, or carried out with their answers lost on the way (as on a timeout).
/// </summary>
internal sealed class Faults
{
    private readonly ConcurrentQueue<int> _statuses = new();
    private int _lostAnswers;

    public void FailNext(int count, int status)
    {
        for (var i = 0; i < count; i++)
        {
            _statuses.Enqueue(status);
        }
    }

    public void LoseNextAnswers(int count) => Interlocked.Add(ref _lostAnswers, count);

    public void Clear()
    {
        _statuses.Clear();
        Interlocked.Exchange(ref _lostAnswers, 0);
    }

    /// <summary>The status the next call fails with, if one is due.</summary>
    public bool TryFail(out int status) => _statuses.TryDequeue(out status);

    /// <summary>Whether this call's answer is to be lost (one of the count asked for).</summary>
    public bool TakeLostAnswer()
    {
        int left;
        do
        {
            left = Volatile.Read(ref _lostAnswers);
            if (left <= 0)
            {
                return false;
            }
        }
        while (Interlocked.CompareExchange(ref _lostAnswers, left - 1, left) != left);
        return true;
    }
}
