using System.Security.Cryptography;
using System.Text;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;

namespace Marketplace.Ordering.Features.Shipments;

/// <summary>What every carrier's callback endpoint checks and trims the same way, whatever its protocol.</summary>
internal static class CarrierCallbacks
{
    /// <summary>
    /// Why a callback with this hash is not the carrier's: none configured (404), or not the secret
    /// the carrier was given in its callback address (403, compared in constant time); null when it
    /// is. The carriers here (GHTK, GHN) sign their callbacks with nothing else.
    /// </summary>
    public static Error? Refused(string? secret, string? hash, string carrier)
    {
        if (secret is not { Length: > 0 })
        {
            return Error.NotFound("webhook.not_configured", $"{carrier} callbacks are not configured.");
        }

        return hash is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(hash), Encoding.UTF8.GetBytes(secret))
            ? null
            : Error.Forbidden("webhook.bad_signature", Bilingual.Pick(
                "Mã xác thực của thông báo không đúng.", $"The callback's hash is not the one {carrier} was given."));
    }

    /// <summary>A carrier's reason as the part keeps it (a part's notes hold 1,000 characters): at most 500, never half a character.</summary>
    public static string? Cut(string? reason) =>
        reason is { Length: > 500 } ? reason[..(char.IsHighSurrogate(reason[499]) ? 499 : 500)] : reason;
}
