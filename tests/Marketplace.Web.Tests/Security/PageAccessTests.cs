using Marketplace.SharedKernel.Security;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Security;

/// <summary>
/// Pages live in their modules and each says who may open it (no folder convention guards them
/// any more): every page is either on the short public list, or asks for a signed-in person, and
/// every /admin page for the admins' policy. A new page that says nothing fails here.
/// </summary>
public sealed class PageAccessTests(MarketplaceFactory factory) : IClassFixture<MarketplaceFactory>
{
    /// <summary>What anybody may open: the shop window, the cart, and the account's own pages.</summary>
    private static readonly HashSet<string> Public = new(StringComparer.Ordinal)
    {
        "", "products", "products/{vendor}/{slug}", "storefronts/{slug}", "campaigns/{slug}", "lots/{code}", "cart", "season",
        "preorders/{windowId:guid}",
        "account/login", "account/register", "account/forgot-password", "account/reset-password", "account/logout",
        "language", "currency", "error", "status/{code:int}",
    };

    [Fact]
    public async Task EveryPage_IsPublicByName_OrAsksForASignIn_AndAdminPagesForTheAdmins()
    {
        // A page's model, and so its [Authorize], is known once the page is loaded, as a request would.
        var loader = factory.Services.GetRequiredService<PageLoader>();
        var pages = new List<(string Route, List<IAuthorizeData> Rules)>();
        foreach (var descriptor in factory.Services.GetRequiredService<IActionDescriptorCollectionProvider>()
            .ActionDescriptors.Items.OfType<PageActionDescriptor>())
        {
            var page = await loader.LoadAsync(descriptor, EndpointMetadataCollection.Empty);
            pages.Add((descriptor.AttributeRouteInfo!.Template!, page.EndpointMetadata.OfType<IAuthorizeData>().ToList()));
        }

        Assert.True(pages.Count > 40, $"only {pages.Count} pages found");

        Assert.All(pages, page =>
        {
            if (Public.Contains(page.Route))
            {
                Assert.True(page.Rules.Count == 0, $"/{page.Route} is public but asks for a sign-in");
                return;
            }

            Assert.True(page.Rules.Count > 0, $"/{page.Route} says nothing about who may open it");
            if (page.Route.StartsWith("admin", StringComparison.Ordinal))
            {
                Assert.Contains(page.Rules, rule => rule.Policy == AuthorizationPolicies.AdminPages);
            }
        });
    }
}
