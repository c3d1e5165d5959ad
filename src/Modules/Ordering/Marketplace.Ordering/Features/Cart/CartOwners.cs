using Marketplace.SharedKernel.Security;
using Mediator;
using Microsoft.AspNetCore.Http;

namespace Marketplace.Ordering.Features.Cart;

/// <summary>
/// Whose cart a page works on: a visitor's, by an id in a cookie, or a signed-in person's. The
/// first page a person opens after signing in moves the visitor's lines into their cart.
/// </summary>
internal static class CartOwners
{
    public const string Cookie = "htx.cart";

    public static async Task<CartOwner> ForAsync(HttpContext http, ISender sender, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        var visitor = Guid.TryParse(http.Request.Cookies[Cookie], out var id) ? CartOwner.Visitor(id) : null;
        if (http.User.Identity?.IsAuthenticated != true)
        {
            if (visitor is not null)
            {
                return visitor;
            }

            var fresh = Guid.NewGuid();
            http.Response.Cookies.Append(
                Cookie,
                fresh.ToString("N"),
                new CookieOptions { HttpOnly = true, IsEssential = true, SameSite = SameSiteMode.Lax, MaxAge = TimeSpan.FromDays(30) });
            return CartOwner.Visitor(fresh);
        }

        var person = CartOwner.Person(http.User.UserId());
        if (visitor is not null)
        {
            await sender.Send(new MergeCartsCommand(visitor, person), cancellationToken);
            http.Response.Cookies.Delete(Cookie);
        }

        return person;
    }

    public static bool IsBusinessBuyer(this HttpContext http) => http?.User.IsInRole(Roles.BulkBuyer) == true;
}
