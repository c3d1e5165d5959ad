using System.Buffers.Binary;
using Marketplace.Accounts;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Accounts;

/// <summary>
/// The work of hashing a password is the operator's setting (Identity:PasswordHasher:IterationCount):
/// a host stores hashes of the rounds it is given, and a host given more rounds hashes a stored
/// password again when its person next signs in, so raising the setting reaches every account in time.
/// </summary>
public sealed class PasswordHashingTests(MarketplaceFactory factory) : IClassFixture<MarketplaceFactory>
{
    [Fact]
    public async Task AHost_HashesWithTheRoundsItIsGiven_AndOneGivenMore_HashesAgainAtTheNextSignIn()
    {
        var (_, email) = await factory.NewPersonAsync("bam");
        Assert.Equal(int.Parse(People.PasswordHashRounds, System.Globalization.CultureInfo.InvariantCulture), await RoundsOfAsync(factory, email));

        await using var stronger = new HostOnDatabase(factory.Database, factory.OutboxPollInterval)
        {
            Settings = new Dictionary<string, string> { ["Identity:PasswordHasher:IterationCount"] = "3000" },
        };
        await stronger.InitializeAsync();
        using (await stronger.BearerClientAsync(email, People.Password))
        {
            Assert.Equal(3000, await RoundsOfAsync(stronger, email));
        }
    }

    /// <summary>The rounds a stored hash was made with (Identity's version 3 format: a marker byte, the PRF, then the rounds, big-endian).</summary>
    private static async Task<int> RoundsOfAsync(MarketplaceFactory host, string email)
    {
        await using var scope = host.CreateScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<MarketplaceUser>>().FindByEmailAsync(email);
        var hash = Convert.FromBase64String(user!.PasswordHash!);
        Assert.Equal(0x01, hash[0]);
        return (int)BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(5, 4));
    }
}
