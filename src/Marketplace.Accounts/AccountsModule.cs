using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Accounts;

public static class AccountsModule
{
    public static IServiceCollection AddAccountsValidators(this IServiceCollection services) =>
        services.AddValidatorsFromAssembly(typeof(AccountsModule).Assembly, includeInternalTypes: true);
}
