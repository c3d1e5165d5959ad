using Microsoft.Extensions.Options;

namespace Marketplace.SharedKernel.Web;

/// <summary>"Site:PublicBaseUrl": the address people reach the marketplace at, such as https://cho.htx.vn.</summary>
public sealed class SiteOptions
{
    public const string Section = "Site";

    public Uri? PublicBaseUrl { get; set; }
}

/// <summary>
/// Every absolute link the marketplace hands out (a reset link in a mail, a lot's QR code, the
/// page Stripe sends a payer back to) starts with the configured public address, never with the
/// request's Host header: a forged Host would otherwise send a reset token to the forger's site.
/// </summary>
public sealed class PublicSite(IOptions<SiteOptions> options)
{
    public Uri BaseUrl => options.Value.PublicBaseUrl
        ?? throw new InvalidOperationException("Site:PublicBaseUrl is not set.");

    /// <summary>The absolute address of a path of ours ("/lots/ABC"), keeping any path the base has (https://htx.vn/cho/).</summary>
    public string Link(string pathAndQuery)
    {
        ArgumentNullException.ThrowIfNull(pathAndQuery);
        return BaseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/" + pathAndQuery.TrimStart('/');
    }
}
