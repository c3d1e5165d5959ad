using System.Security.Claims;
using Marketplace.Accounts;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Accounts;

/// <summary>Accounts for programs: register, get a bearer token, and see who the token belongs to.</summary>
internal static class AccountsApi
{
    public static IEndpointRouteBuilder MapAccountsApi(this IEndpointRouteBuilder api)
    {
        var account = api.MapGroup("/account").WithTags("Account");

        account.MapPost("/register", async (RegisterRequest request, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(
                    new RegisterAccountCommand(
                        request.Email ?? string.Empty, request.Password ?? string.Empty, request.DisplayName ?? string.Empty, Cultures.Current),
                    cancellationToken))
                    .ToHttpResult(registered => TypedResults.Created("/api/v1/account/me", registered)))
            .RequireRateLimiting(RateLimitPolicies.Registration)
            .WithName("RegisterAccount")
            .WithSummary("Registers a shopper account.")
            .ProducesValidationProblem();

        account.MapPost("/token", async Task<Results<Ok<BearerToken>, ProblemHttpResult>> (
                TokenRequest request,
                UserManager<MarketplaceUser> users,
                SignInManager<MarketplaceUser> signIn,
                IOptionsMonitor<BearerTokenOptions> bearer,
                TimeProvider clock) =>
            {
                var user = await users.FindByEmailAsync(request.Email ?? string.Empty);
                if (user is null)
                {
                    return Problem(StatusCodes.Status401Unauthorized, "account.invalid_credentials");
                }

                var result = await signIn.CheckPasswordSignInAsync(user, request.Password ?? string.Empty, lockoutOnFailure: true);
                if (result.IsLockedOut)
                {
                    return Problem(StatusCodes.Status403Forbidden, "account.locked_out");
                }

                if (!result.Succeeded)
                {
                    return Problem(StatusCodes.Status401Unauthorized, "account.invalid_credentials");
                }

                // Made as the bearer scheme makes it (its protector, its ticket), but answered without
                // the refresh token that scheme would add: there is no endpoint to spend one on.
                var options = bearer.Get(IdentityConstants.BearerScheme);
                var principal = await signIn.CreateUserPrincipalAsync(user);
                var properties = new AuthenticationProperties { ExpiresUtc = clock.GetUtcNow() + options.BearerTokenExpiration };
                var token = options.BearerTokenProtector.Protect(
                    new AuthenticationTicket(principal, properties, $"{IdentityConstants.BearerScheme}:AccessToken"));
                return TypedResults.Ok(new BearerToken("Bearer", token, (long)options.BearerTokenExpiration.TotalSeconds));
            })
            .RequireRateLimiting(RateLimitPolicies.SignIn)
            .WithName("CreateToken")
            .WithSummary("Exchanges an e-mail and password for a bearer token (lockout after five failures).")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        account.MapGet("/me", async Task<Results<Ok<AccountProfile>, UnauthorizedHttpResult>> (ClaimsPrincipal principal, UserManager<MarketplaceUser> users) =>
            {
                var user = await users.GetUserAsync(principal);
                if (user is null)
                {
                    return TypedResults.Unauthorized();
                }

                var roles = await users.GetRolesAsync(user);
                return TypedResults.Ok(
                    new AccountProfile(user.Id, user.Email!, user.DisplayName, user.PreferredCulture, roles.Order(StringComparer.Ordinal).ToList()));
            })
            .RequireAuthorization(AuthorizationPolicies.Api)
            .WithName("GetMyAccount")
            .WithSummary("The account the bearer token belongs to.");

        return api;
    }

    private static ProblemHttpResult Problem(int status, string code) =>
        TypedResults.Problem(statusCode: status, extensions: new Dictionary<string, object?> { [ResultHttpExtensions.ErrorCodeExtension] = code });

    internal sealed record RegisterRequest(string? Email = null, string? Password = null, string? DisplayName = null);

    internal sealed record BearerToken(string TokenType, string AccessToken, long ExpiresIn);

    internal sealed record TokenRequest(string? Email = null, string? Password = null);

    internal sealed record AccountProfile(Guid UserId, string Email, string DisplayName, string Culture, IReadOnlyList<string> Roles);
}
