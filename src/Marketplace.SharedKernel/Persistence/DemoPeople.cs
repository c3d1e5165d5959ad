using System.Security.Cryptography;
using System.Text;

namespace Marketplace.SharedKernel.Persistence;

/// <summary>
/// The demo accounts' ids, known before the accounts exist: each module's demo seeder runs in its
/// own order (the cooperatives before their owners' accounts), and every one of them must name
/// the same person. Demo data only; a real account gets the id Identity gives it.
/// </summary>
public static class DemoPeople
{
    /// <summary>The demo support person of the alliance (Accounts creates the account, Vendors puts it on the team).</summary>
    public const string SupportEmail = "hotro@htx-marketplace.vn";

    public const string SupportName = "Lê Thu Hà (Liên minh HTX)";

    public static UserId IdOf(string email)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("demo-account:" + email.Trim().ToUpperInvariant()));
        return UserId.From(new Guid(hash.AsSpan(0, 16)));
    }
}
