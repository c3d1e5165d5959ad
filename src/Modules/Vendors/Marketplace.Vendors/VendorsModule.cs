using FluentValidation;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Text;
using Marketplace.Vendors.Contracts;
using Marketplace.Vendors.Data;
using Marketplace.Vendors.Features;
using Marketplace.Vendors.Features.CertificateReminders;
using Marketplace.Vendors.Features.Conversations;
using Marketplace.Vendors.Features.Delivery;
using Marketplace.Vendors.Features.Delivery.Ghn;
using Marketplace.Vendors.Features.Delivery.Ghtk;
using Marketplace.Vendors.Features.Delivery.ViettelPost;
using Marketplace.Vendors.Features.EditStorefront;
using Marketplace.Vendors.Features.GetStorefront;
using Marketplace.Vendors.Features.GetStorefrontImage;
using Marketplace.Vendors.Features.ListStorefronts;
using Marketplace.Vendors.Features.ManageStaff;
using Marketplace.Vendors.Features.MembersReport;
using Marketplace.Vendors.Features.Notices;
using Marketplace.Vendors.Features.RegisterBusinessAccount;
using Marketplace.Vendors.Features.SubmitApplication;
using Marketplace.Vendors.Features.SubmitCertificate;
using Marketplace.Vendors.Features.SupportAccess;
using Marketplace.Vendors.Features.Today;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Vendors;

/// <summary>Cooperatives, their approval, their storefronts and how they deliver.</summary>
public static class VendorsModule
{
    public static IServiceCollection AddVendorsModule(this IServiceCollection services)
    {
        services.AddModuleDatabase<VendorsDbContext, VendorsTransaction>(VendorsDbContext.SchemaName);
        services.AddValidatorsFromAssembly(typeof(VendorsModule).Assembly, includeInternalTypes: true);
        services.AddModuleText<VendorsText>();
        services.AddScoped<IDemoDataSeeder, VendorsDemoSeeder>();
        services.AddScoped<IDemoDataSeeder, CertificatesDemoSeeder>();
        services.AddScoped<Membership>();
        services.AddScoped<SupportActs>();
        services.AddOptions<NoticeOptions>().BindConfiguration(NoticeOptions.Section);
        services.AddHostedService<NoticeDispatcher>();
        services.AddOptions<CertificateReminderOptions>().BindConfiguration(CertificateReminderOptions.Section);
        services.AddHostedService<CertificateReminderWatcher>();
        services.AddOptions<DeliveryOptions>().BindConfiguration(DeliveryOptions.Section);
        services.AddGhtkRates();
        services.AddGhnRates();
        services.AddViettelPostRates();
        return services;
    }

    public static IEndpointRouteBuilder MapVendorsModule(this IEndpointRouteBuilder api)
    {
        api.MapListStorefronts();
        api.MapGetStorefront();
        api.MapCooperativesApi();
        api.MapGetStorefrontImage();
        api.MapStorefrontSettingsApi();
        api.MapStaffApi();
        api.MapSupportApi();
        api.MapTodayApi();
        api.MapNoticesApi();
        api.MapConversationsApi();
        api.MapCertificatesApi();
        api.MapBusinessAccountsApi();
        api.MapVendorsAdminApi();
        api.MapMembersReportApi();
        return api;
    }
}
